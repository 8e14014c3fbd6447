x = 0
for i in range(3):
    print(x)
    x = "s"
# ERROR: 3:11: unsupported: 'x' may hold an int or a str here
