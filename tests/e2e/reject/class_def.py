# ERROR: 4:1: unsupported: class definition
x: int = 1
print(x)
class Point:
    pass
