# str.split()/rsplit()/splitlines() of a str make a typed list of strs, and
# sep.join() of one is a direct call; shared or owned as the ownership pass
# decides.
def words_of(text):
    return text.split()

def main():
    ws = words_of("the quick  brown fox\tjumps")
    print(ws, len(ws))
    print("-".join(ws), ",".join("a,b,,c".split(",")), "a b c".rsplit(" ", 1))
    lines = "one\ntwo\n\nthree".splitlines()
    for line in lines:
        print(repr(line))
    shared = "x y".split()
    alias = shared
    for w in shared:
        if w == "x":
            alias.append("z")
    print(shared, " ".join(alias))
    empty = []
    print(repr("+".join(empty)))
main()
