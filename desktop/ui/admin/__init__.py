"""Administration of agents and roles, and the agent's own account (File > My account…)."""
