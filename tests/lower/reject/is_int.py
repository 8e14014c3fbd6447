a = 1
print(a is 1)
# ERROR: 2:7: unsupported: 'is' comparison of an int and an int
