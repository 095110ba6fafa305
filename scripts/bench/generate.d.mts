// Types of the benchmark generator, for the tests that check it.

export function rng(seed: number): () => number;

export interface GeneratedProgramme {
  text: string;
  expected: { tasks: number; tableRows: number; goals: number };
}

export function generateProgramme(options?: { seed?: number; items?: number; format?: 'markdown' | 'text' }): GeneratedProgramme;

export function editProgramme(text: string, seed?: number): string;
