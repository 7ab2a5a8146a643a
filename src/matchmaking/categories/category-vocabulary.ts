/** The medical-device categories every agency starts with; each agency may add its own. */
export const DEFAULT_CATEGORIES: { slug: string; name: string }[] = [
  { slug: 'diagnostic-imaging', name: 'Diagnostic imaging' },
  { slug: 'in-vitro-diagnostics', name: 'In-vitro diagnostics' },
  { slug: 'patient-monitoring', name: 'Patient monitoring' },
  { slug: 'dental', name: 'Dental' },
  { slug: 'rehabilitation', name: 'Rehabilitation' },
  { slug: 'surgical-instruments', name: 'Surgical instruments' },
  { slug: 'consumables', name: 'Consumables' },
  { slug: 'aesthetics', name: 'Aesthetics' },
  { slug: 'digital-health', name: 'Digital health' },
];
