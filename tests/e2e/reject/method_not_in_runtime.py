# ERROR: 5:12: unsupported: method 'expandtabs' (not in the runtime yet)
# A method the runtime has for no type is rejected when compiled, not when
# the program reaches it.
def cells(line):
    return line.expandtabs(4).split()

print(cells("a\tb"))
