# printf-style formatting: typed and dynamic operands, tuples, dicts, every
# conversion; rows of a table formatted from tuples.
def show(name, n):
    return "%s has %d" % (name, n)
print(show("a", 1))
print("%d items at %.2f" % (3, 1.5), "%s|%r" % ("a", "a"))
print("%5.1f|%-6s|%06d|%x|%#o|%+.2e|%c|%%" % (2.25, "ab", -42, 255, 8, 12345.678, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
x = 3.14159
print("pi ~ %.3f" % x, "%s" % [1, 2], "%s" % (1,), "%r" % "q")
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for r in rows:
    print("%-8s %4d %8.2f" % r)
print("%5s|%-5s|%.2s" % ("abc", "de", "xyz"))
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%a %i %u %X %E %G %g" % ("é", -7.9, 3, 255, 0.5, 1e-10, 1e16))
mixed = [1, "two", 3.5]
for v in mixed:
    print("[%6s] [%-6r]" % (v, v))
count = 0
for word in "a bb ccc".split():
    count += 1
    print("%2d. %s" % (count, word.upper()))
template = "%s=%d"
print(template % ("x", 7), "%s" % None, "%d%%" % 50)
