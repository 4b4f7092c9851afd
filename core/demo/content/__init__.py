"""The demo's content: plain data, each text written in French with its English translation.

Facts and figures come from the Seine-et-Marne health report 2021–2024
(shared/seeds); the sentences are the portal's own.
"""
