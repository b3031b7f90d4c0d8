/** Demo data for an empty local stack; filled in as the members and themes modules land. */
export async function seedDemoData(): Promise<string[]> {
  return [];
}
