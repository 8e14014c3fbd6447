# ERROR: 3:11: expected ':'
x = 1
if x == 1 print(x)
