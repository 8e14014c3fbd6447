def count(n):
    for i in range(n):
        print(i)


count(3)
