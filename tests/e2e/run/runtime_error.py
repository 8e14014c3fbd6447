# An uncaught ZeroDivisionError: output so far, then a traceback, exit 1.
def ratio(a: int, b: int) -> int:
    return a // b


print("before")
print(ratio(10, 3), end=" ")
print(ratio(1, 0))
print("never")
