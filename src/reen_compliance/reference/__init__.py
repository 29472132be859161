"""Reference data on communes and EPCI: who is bound, members, starter profiles."""
