# ERROR: 4:5: type mismatch: 'count' is declared int but assigned float
count: int = 17
for i in range(2):
    count /= 2
print(count)
