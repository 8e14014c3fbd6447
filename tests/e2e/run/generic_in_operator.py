for n in range(5):
    if n in (1, 3):
        print(n)
