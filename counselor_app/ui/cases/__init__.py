"""Case list companions: the case detail view, its HTML rendering and the window holding open cases."""
