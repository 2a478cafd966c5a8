"""Operations: the command line and the demo, clients of the domain like any other."""
