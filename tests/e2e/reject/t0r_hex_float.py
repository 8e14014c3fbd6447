# ERROR: 3:19: 'float' object cannot be interpreted as an integer
x = 2.5
print(hex(1), hex(x))
