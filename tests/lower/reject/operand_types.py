print(1 + "a")
print("ab" * 2.5)
print(1 < "a")
print(len(3))
x, y = 5
print(-"s")
# ERROR: 1:7: unsupported operand type(s) for +: 'int' and 'str'
# ERROR: 2:7: unsupported operand type(s) for *: 'str' and 'float'
# ERROR: 3:7: '<' not supported between instances of 'int' and 'str'
# ERROR: 4:7: object of type 'int' has no len()
# ERROR: 5:1: cannot unpack non-iterable int object
# ERROR: 6:7: bad operand type for unary -: 'str'
