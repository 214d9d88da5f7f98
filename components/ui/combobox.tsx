"use client";

import { Check, ChevronsUpDown } from "lucide-react";
import { useState } from "react";
import { cn } from "@/lib/cn";
import { Button } from "./button";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "./command";
import { Popover, PopoverContent, PopoverTrigger } from "./popover";

export type ComboboxOption = { value: string; label: string; description?: string; keywords?: string[] };

type ComboboxProps = {
  options: ComboboxOption[];
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  /** Submits the chosen value with the surrounding form under this name (a hidden input). */
  name?: string;
  placeholder?: string;
  searchPlaceholder?: string;
  emptyText?: string;
  /** The trigger's accessible name when no visible <label> points at it (use `id` + <Label htmlFor>). */
  "aria-label"?: string;
  id?: string;
  disabled?: boolean;
  className?: string;
  testId?: string;
};

/** A select with a search box, for long lists (carriers, requirement profiles, borrowers). */
export function Combobox({
  options,
  value: valueOutside,
  defaultValue = "",
  onValueChange,
  name,
  placeholder = "Select…",
  searchPlaceholder = "Search…",
  emptyText = "Nothing matches.",
  id,
  disabled,
  className,
  testId,
  ...aria
}: ComboboxProps) {
  const [open, setOpen] = useState(false);
  const [valueInside, setValueInside] = useState(defaultValue);
  const value = valueOutside ?? valueInside;
  const selected = options.find((option) => option.value === value);

  function choose(next: string) {
    setValueInside(next);
    onValueChange?.(next);
    setOpen(false);
  }

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button
          id={id}
          variant="outline"
          role="combobox"
          aria-expanded={open}
          aria-label={aria["aria-label"]}
          disabled={disabled}
          data-testid={testId}
          className={cn(
            "w-full justify-between px-3 font-normal",
            !selected && "text-muted-foreground",
            className,
          )}
        >
          <span className="truncate">{selected?.label ?? placeholder}</span>
          <ChevronsUpDown aria-hidden className="opacity-60" />
        </Button>
      </PopoverTrigger>
      {name && <input type="hidden" name={name} value={value} />}
      <PopoverContent className="w-(--radix-popover-trigger-width) min-w-56 p-0" align="start">
        <Command>
          <CommandInput placeholder={searchPlaceholder} aria-label={searchPlaceholder} />
          <CommandList>
            <CommandEmpty>{emptyText}</CommandEmpty>
            <CommandGroup>
              {options.map((option) => (
                <CommandItem
                  key={option.value}
                  value={`${option.label} ${option.value}`}
                  keywords={option.keywords}
                  onSelect={() => choose(option.value)}
                >
                  <Check aria-hidden className={cn(option.value === value ? "opacity-100" : "opacity-0")} />
                  <div className="min-w-0">
                    <div className="truncate">{option.label}</div>
                    {option.description && (
                      <div className="truncate text-xs text-muted-foreground">{option.description}</div>
                    )}
                  </div>
                </CommandItem>
              ))}
            </CommandGroup>
          </CommandList>
        </Command>
      </PopoverContent>
    </Popover>
  );
}
