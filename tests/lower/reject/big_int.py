print(123456789012345678901234567890)
# ERROR: 1:7: unsupported: integer literal exceeds 64 bits
