import math
d = {1: 2}
f = lambda x: x
try:
    pass
except ValueError:
    pass
with open("x") as fh:
    pass
ys = [i for i in range(3)]
del d
assert True
raise ValueError
# ERROR: 1:1: unsupported: import
# ERROR: 2:5: unsupported: dict display
# ERROR: 3:5: unsupported: lambda
# ERROR: 4:1: unsupported: try statement
# ERROR: 8:1: unsupported: with statement
# ERROR: 10:6: unsupported: list comprehension
# ERROR: 11:1: unsupported: del statement
# ERROR: 12:1: unsupported: assert statement
# ERROR: 13:1: unsupported: raise statement
