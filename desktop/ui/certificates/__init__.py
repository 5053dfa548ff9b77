"""Certificates of certificate-based PPM jobs: recording one with its document, listing a building's, viewing one."""
