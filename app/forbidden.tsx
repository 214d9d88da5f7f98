import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto mt-24 max-w-md rounded-xl bg-white p-8 shadow" data-testid="forbidden">
      <h1 className="text-xl font-semibold">Not allowed</h1>
      <p className="mt-3 text-slate-600">
        Your role does not allow this page. Ask an admin if you need access.
      </p>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        Back to the dashboard
      </Link>
    </main>
  );
}
