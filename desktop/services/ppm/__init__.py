"""PPM schedules in the database: reading, saving, replicating and generating their work orders."""
