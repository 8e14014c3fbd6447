# ValueError from int() of a string that is not a number.
def parse(s):
    return int(s)

print(parse("12") + parse(" 7 "))
print(parse("x1"))
