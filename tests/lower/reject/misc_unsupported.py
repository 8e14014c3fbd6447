import math
d = {1: 2}
f = lambda x: x
try:
    pass
except ValueError:
    pass
with open("x") as fh:
    pass
g = (i for i in range(3))
del d, f
from os import path
raise ValueError
# ERROR: 1:1: unsupported: import of module 'math'
# ERROR: 4:1: unsupported: try statement
# ERROR: 8:1: unsupported: with statement
# ERROR: 10:5: unsupported: generator expression here (generators arrive in a later tier)
# ERROR: 12:1: unsupported: import from module 'os'
# ERROR: 13:1: unsupported: raise statement
