"""Participation: safeguarded, moderated youth voice for children's services scrutiny.

Three layers, each importing only those below it: `web` (everything that knows Flask) -> `domain`
(models and services) -> `pure` (plain functions: the screen, theming, pack rendering). `ops`
(command line, demo) is a client of the domain like the web. `app.create_app` wires them together;
it lives in its own module so that importing a pure module never loads Flask.
"""
