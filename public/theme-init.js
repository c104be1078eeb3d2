// Applies the learner's saved theme (and reduced-motion choice) before first paint, so a dark-theme
// user never sees a light flash. Keys: src/ui/theme.ts, src/ui/motion.ts. A file, not an inline
// script, so that the Content-Security-Policy can forbid inline scripts (script-src 'self').
try {
  var theme = localStorage.getItem('canary-lab:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  if (localStorage.getItem('canary-lab:motion') === 'reduce') document.documentElement.dataset.motion = 'reduce';
} catch {
  // Storage unavailable (private mode, blocked): the system theme applies.
}
