# ERROR: 3:1: unsupported: try statement
total = 0
try:
    total = 10 // 0
except ZeroDivisionError:
    total = -1
print(total)
