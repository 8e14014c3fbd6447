# del of a missing int key: KeyError: 3.
squares = {}
for i in range(3):
    squares[i] = i * i
print(squares)
del squares[1]
print(squares.pop(2), squares)
del squares[3]
