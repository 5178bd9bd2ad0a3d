"""Training data and tooling for Nexus's learned event detector (see ``training/README.md``)."""
