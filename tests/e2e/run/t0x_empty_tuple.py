# The empty tuple: printing, str/repr, len, truth, nesting, iteration.
def nothing() -> tuple[()]:
    return ()


e = ()
print(e, str(e), repr(e), len(e), bool(e), (e,), (1, e))
print(nothing(), len(nothing()))
if not e:
    print("empty is falsy")
t = (e, e)
print(t, t[0], len(t[1]))
