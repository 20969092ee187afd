namespace FactBase.Model;

/// <summary>How much of a <see cref="FactDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known (<c>1949</c>).</summary>
    Year,

    /// <summary>The year and month are known (<c>1949-04</c>).</summary>
    Month,

    /// <summary>The full date is known (<c>1949-04-04</c>).</summary>
    Day,
}
