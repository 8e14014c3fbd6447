print(1 + "a")
print("ab" * 3)
print(1 < "a")
# ERROR: 1:7: unsupported operand type(s) for +: 'int' and 'str'
# ERROR: 2:7: unsupported: string repetition
# ERROR: 3:7: '<' not supported between instances of 'int' and 'str'
