using Clout.Cli;

// One executable, two faces: `clout serve` runs the web server, every other verb is a command-line tool.
return await CloutCli.RunAsync(args);
