using FactCheck.Demo;

return await Cli.RunAsync(args).ConfigureAwait(false);
