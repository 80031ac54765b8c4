"""Qt-free maths of the timeline canvas: time units, the viewport, axis ticks, the event index, layouts."""
