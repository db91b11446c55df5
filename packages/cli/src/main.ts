#!/usr/bin/env node
process.stdout.write('iamgate: usage: iamgate policy validate FILE... | iamgate policy simulate\n');
