class Point:
    pass
# ERROR: 1:1: unsupported: class definition
