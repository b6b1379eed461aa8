/** Chart colours; SVG presentation attributes cannot read CSS variables, so they mirror styles.css. */
export const chartColors = {
  primary: '#2f5fa7',
  secondary: '#c77d1a',
  strength: '#2e7d4f',
  improvement: '#c77d1a',
  marker: '#b3261e',
  grid: '#d9dde5',
} as const;
