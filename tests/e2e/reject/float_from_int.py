# ERROR: 3:5: unsupported: 's' may hold an int or a float here
s: float = 0
for i in range(3):
    s += 0.5
print(s)
