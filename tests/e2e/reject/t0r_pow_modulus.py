# ERROR: 2:7: unsupported: pow() with a modulus
print(pow(3, 200, 1000000007))
