# A TypeError from an operator on dynamic values stops the program as
# CPython does: the output so far, a traceback, exit status 1.
def combine(a, b):
    return a + b

print(combine(1, 2), combine("x", "y"))
print(combine(1, "y"))
print("not reached")
