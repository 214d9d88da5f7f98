import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto mt-24 max-w-md rounded-xl bg-white p-8 shadow" data-testid="not-found">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-3 text-slate-600">There is nothing here, or you cannot see it.</p>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        Back to the dashboard
      </Link>
    </main>
  );
}
