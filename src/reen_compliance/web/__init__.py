"""`reen-compliance serve`: a local web application over the same engine (the `web` extra).

Plain forms that work without JavaScript, built from the profile schema and the rule pack;
stateless (the profile travels in the forms), so that nothing is stored on the server.
"""
