# ERROR: 3:12: invalid syntax
x = 1
if x == 1 print(x)
