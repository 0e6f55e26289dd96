// The yardstick for benchmarks: React, TanStack Query and Tailwind rendering the bundled article's
// paragraphs with no features, so the reader's figures can be read as ratios to it.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './minimal.css';

interface Paragraphs {
  headline: { text: string };
  paragraphs: Array<{ id: string; text: string }>;
}

function isParagraphs(value: unknown): value is Paragraphs {
  return typeof value === 'object' && value !== null && 'paragraphs' in value && Array.isArray(value.paragraphs);
}

function Page() {
  // The reader's quote click selects a quote; here a click selects a paragraph, the least a click can do in React,
  // and shows it pressed as the reader shows its quote (minimal.css), so that both clicks paint a frame.
  const [selected, setSelected] = useState<string | null>(null);
  const { data } = useQuery({
    queryKey: ['article'],
    queryFn: async () => {
      const json: unknown = await (await fetch('/articles/cgtn-putin-tokayev-2022-02-10.json')).json();
      if (!isParagraphs(json)) throw new Error('not an article');
      return json;
    },
  });
  if (!data) return <p>Loading…</p>;
  return (
    <main className="mx-auto max-w-prose p-6 font-serif">
      <h1 className="mb-6 text-3xl font-bold">{data.headline.text}</h1>
      <article>
        {data.paragraphs.map((p) => (
          <p key={p.id} className="mb-5 text-lg leading-8">
            <span role="button" tabIndex={0} aria-pressed={selected === p.id} onClick={() => setSelected(selected === p.id ? null : p.id)}>
              {p.text}
            </span>
          </p>
        ))}
      </article>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <Page />
      </QueryClientProvider>
    </StrictMode>,
  );
}
