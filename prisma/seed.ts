export async function seedDatabase(_p: unknown) { return {}; }
