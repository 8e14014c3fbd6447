# pop() of an empty typed set: KeyError('pop from an empty set').
s = {4}
print(s.pop())
print(s.pop())
