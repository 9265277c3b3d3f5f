"""Calendar algebra only, no text: grains, calendar points, shifts and their spans."""
from .calendar import Grain, Point, point_containing, shift

__all__ = ["Grain", "Point", "point_containing", "shift"]
