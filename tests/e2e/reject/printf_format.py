# ERROR: 4:12: unsupported: printf-style string formatting ('%' on a str)
# printf-style formatting is not in the runtime yet: rejected, never a wrong answer.
def show(name, n):
    return "%s has %d" % (name, n)

print(show("a", 1))
